Invariant: ball-hsct-8
Description: "A transplant coded as haploidentical has the haploidentical donor type."
Expression: "code.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code = 'haplo-allo-hsct').exists() implies extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/donor-type').value.ofType(CodeableConcept).coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code = 'haploidentical').exists()"
Severity: #error
