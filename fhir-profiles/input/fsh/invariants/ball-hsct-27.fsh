Invariant: ball-hsct-27
Description: "A donor recorded as HLA-matched has no mismatched locus."
Expression: "value.ofType(CodeableConcept).coding.where(system = 'http://loinc.org' and code = 'LA31027-8').exists() implies component.where(code.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code = 'hla-mismatched-locus').exists()).empty()"
Severity: #error
