Invariant: ball-hsct-48
Description: "A primary or secondary graft failure names the transplant that failed (condition-dueTo)."
Expression: "code.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and (code = 'primary-graft-failure' or code = 'secondary-graft-failure')).exists() implies extension.where(url = 'http://hl7.org/fhir/StructureDefinition/condition-dueTo').exists()"
Severity: #error
