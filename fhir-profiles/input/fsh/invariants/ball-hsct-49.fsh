Invariant: ball-hsct-49
Description: "A GvHD recorded as refuted (it did not occur) carries no severity and no grade other than MAGIC grade 0."
Expression: "verificationStatus.coding.where(system = 'http://terminology.hl7.org/CodeSystem/condition-ver-status' and code = 'refuted').exists() implies (severity.empty() and stage.summary.coding.where((system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code = 'magic-grade-0').not()).empty())"
Severity: #error
