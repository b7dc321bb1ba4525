Invariant: ball-hsct-24
Description: "Reduced toxicity is not an intensity: record the intensity (myeloablative, reduced-intensity or non-myeloablative) and the reduced-toxicity-conditioning flag."
Expression: "extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/conditioning-intensity').value.ofType(CodeableConcept).coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code = 'reduced-toxicity').empty()"
Severity: #warning
