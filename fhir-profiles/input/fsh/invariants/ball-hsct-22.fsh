Invariant: ball-hsct-22
Description: "An autologous transplant names no donor and is not coded allogeneic or haploidentical."
Expression: "extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/donor-type').value.ofType(CodeableConcept).coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs').where(code = 'autologous').exists() implies (extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/donor').empty() and code.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and (code = 'allogeneic-hsct' or code = 'haplo-allo-hsct')).empty())"
Severity: #error
