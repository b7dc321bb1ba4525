Invariant: ball-hsct-50
Description: "A cohort is either listed (actual = true: its members, no defining search) or defined by a search (actual = false: the cohort-definition extension, no members)."
Expression: "extension('https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/cohort-definition').exists() = (actual = false) and (actual = false implies member.empty())"
Severity: #error
