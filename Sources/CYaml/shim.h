#ifndef JULEP_GEN_CYAML_SHIM_H
#define JULEP_GEN_CYAML_SHIM_H
#include <yaml.h>
#endif
