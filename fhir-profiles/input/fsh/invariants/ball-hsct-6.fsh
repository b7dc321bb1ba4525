Invariant: ball-hsct-6
Description: "An absolute dose accompanies only a dose per m² or per kg, and only when the body surface area or weight it was computed from is referenced in supportingInformation."
Expression: "dosage.extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/absolute-dose').exists() implies (dosage.dose.code.where($this.contains('/m2') or $this.contains('/kg')).exists() and supportingInformation.exists())"
Severity: #error
