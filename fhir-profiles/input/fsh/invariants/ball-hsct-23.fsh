Invariant: ball-hsct-23
Description: "A transplant coded autologous has the autologous donor type."
Expression: "code.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code = 'autologous-hsct').exists() implies extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/donor-type').value.ofType(CodeableConcept).coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs').where(code = 'autologous').exists()"
Severity: #error
