/// The part of JSON Schema the emulator checks a task's input against: `type`, `required`,
/// `properties` (recursively) and `items`. Other keywords pass.
enum InputSchema {
    static func accepts(_ value: EmulatorJSON, schema: JSONObject) -> Bool {
        if let type = schema["type"]?.stringValue, !has(type: type, value) { return false }
        if case .object(let object) = value {
            for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[name] == nil {
                return false
            }
            for (name, propertySchema) in schema["properties"]?.objectValue?.pairs ?? [] {
                if let property = object[name], let propertySchema = propertySchema.objectValue,
                    !accepts(property, schema: propertySchema)
                {
                    return false
                }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"]?.objectValue {
            return items.allSatisfy { accepts($0, schema: itemSchema) }
        }
        return true
    }

    private static func has(type: String, _ value: EmulatorJSON) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
            ("integer", .int), ("number", .int), ("number", .double):
            true
        case ("integer", .double(let number)): number == number.rounded()
        default: false
        }
    }
}
