Invariant: ball-hsct-21
Description: "A transplant from a related donor (syngeneic, sibling, other matched, haploidentical or mismatched relative) names that donor in the donor extension."
Expression: "extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/donor-type').value.ofType(CodeableConcept).coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs').where(code in ('syngeneic' | 'matched-sibling' | 'other-matched-related' | 'matched-related' | 'haploidentical' | 'mismatched-related')).exists() implies extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/donor').exists()"
Severity: #error
