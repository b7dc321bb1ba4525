Invariant: ball-hsct-50
Description: "A cohort is either listed (actual = true: its members, no defining search) or defined by a search (actual = false: the characteristicExpression extension, no members)."
Expression: "extension('http://hl7.org/fhir/StructureDefinition/characteristicExpression').exists() = (actual = false) and (actual = false implies member.empty())"
Severity: #error
