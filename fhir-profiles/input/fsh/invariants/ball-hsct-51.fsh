Invariant: ball-hsct-51
Description: "A cohort's defining search is a FHIR query of Patients: language application/x-fhir-query, an expression that starts with 'Patient?'."
Expression: "extension('https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/cohort-definition').all(value.ofType(Expression).language = 'application/x-fhir-query' and value.ofType(Expression).expression.startsWith('Patient?'))"
Severity: #error
