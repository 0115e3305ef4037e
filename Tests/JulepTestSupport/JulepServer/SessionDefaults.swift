/// What the server stores as a session's `situation` when none is given: the pydantic default of
/// `CreateSessionRequest.situation` (a Jinja template that renders the agent, user and tools).
enum SessionDefaults {
    static let situation = """
        {%- if agent.name -%}
        You are {{agent.name}}.{{" "}}
        {%- endif -%}

        {%- if agent.about -%}
        About you: {{agent.about}}.{{" "}}
        {%- endif -%}

        {%- if user -%}
        You are talking to a user
          {%- if user.name -%}{{" "}} and their name is {{user.name}}
            {%- if user.about -%}. About the user: {{user.about}}.{%- else -%}.{%- endif -%}
          {%- endif -%}
        {%- endif -%}

        {{"

        "}}

        {%- if agent.instructions -%}
        Instructions:{{"
        "}}
          {%- if agent.instructions is string -%}
            {{agent.instructions}}{{"
        "}}
          {%- else -%}
            {%- for instruction in agent.instructions -%}
              - {{instruction}}{{"
        "}}
            {%- endfor -%}
          {%- endif -%}
          {{"
        "}}
        {%- endif -%}

        {%- if tools -%}
        Tools:{{"
        "}}
          {%- for tool in tools -%}
            {%- if tool.type == "function" -%}
              - {{tool.function.name}}
              {%- if tool.function.description -%}: {{tool.function.description}}{%- endif -%}{{"
        "}}
            {%- else -%}
              - {{ 0/0 }} {# Error: Other tool types aren't supported yet. #}
            {%- endif -%}
          {%- endfor -%}
        {{"

        "}}
        {%- endif -%}

        {%- if docs -%}
        Relevant documents:{{"
        "}}
          {%- for doc in docs -%}
            {{doc.title}}{{"
        "}}
            {%- if doc.content is string -%}
              {{doc.content}}{{"
        "}}
            {%- else -%}
              {%- for snippet in doc.content -%}
                {{snippet}}{{"
        "}}
              {%- endfor -%}
            {%- endif -%}
            {{"---"}}
          {%- endfor -%}
        {%- endif -%}
        """
}
