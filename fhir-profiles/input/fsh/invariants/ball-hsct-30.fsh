Invariant: ball-hsct-30
Description: "An adverse event is graded once: either a CTCAE grade or an ASTCT grade, not both and not neither."
Expression: "extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/ctcae-grade').count() + extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/astct-grade').count() = 1"
Severity: #error
