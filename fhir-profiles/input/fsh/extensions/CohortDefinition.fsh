Extension: CohortDefinition
Id: cohort-definition
Title: "Cohort Definition"
Description: "The search that defines a cohort (a Group with `actual` = false): a FHIR query of Patients, language `application/x-fhir-query`, which the server runs when the cohort is exported. Counterpart: HL7's `characteristicExpression` extension (hl7.fhir.uv.extensions) and R5's `Group.membership` = definitional; this guide defines its own because the server validates offline against its own package and R4 core only. The server also reads `characteristicExpression` on a Group that does not claim CohortGroup."
Context: Group
* insert ProfileMetadata
* value[x] 1..1
* value[x] only Expression
* valueExpression.language = #application/x-fhir-query
* valueExpression.expression 1..1
