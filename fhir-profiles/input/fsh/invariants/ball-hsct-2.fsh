Invariant: ball-hsct-2
Description: "A dose or rate per square metre (mg/m², IU/m², …) names body surface area as its normalization basis."
Expression: "(dosage.dose.code | dosage.rate.ofType(Quantity).code | dosage.doseAndRate.dose.ofType(Quantity).code | dosage.doseAndRate.rate.ofType(Quantity).code | dosageInstruction.doseAndRate.dose.ofType(Quantity).code | dosageInstruction.doseAndRate.rate.ofType(Quantity).code).where($this.contains('/m2')).exists() implies extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/normalization-basis').value.ofType(CodeableConcept).coding.where(system = 'http://snomed.info/sct' and code = '301898006').exists()"
Severity: #error
