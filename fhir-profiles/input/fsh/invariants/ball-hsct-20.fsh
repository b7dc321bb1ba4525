Invariant: ball-hsct-20
Description: "An allogeneic transplant identifies its donor: the donor extension (a related donor) or the graft (whose identifiers name an unrelated donor or cord-blood unit)."
Expression: "extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/donor-type').value.ofType(CodeableConcept).coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs').where(code != 'autologous').exists() implies (extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/donor').exists() or extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/graft').exists())"
Severity: #error
