Invariant: ball-hsct-31
Description: "An ASTCT grade is given only to cytokine release syndrome or ICANS (coded with this guide's local codes, a standard coding may accompany them)."
Expression: "extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/astct-grade').exists() implies event.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and (code = 'cytokine-release-syndrome' or code = 'icans')).exists()"
Severity: #error
