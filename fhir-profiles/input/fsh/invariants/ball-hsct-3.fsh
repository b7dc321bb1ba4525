Invariant: ball-hsct-3
Description: "A dose or rate per kilogram (mg/kg, IU/kg, cells/kg, …) names body weight as its normalization basis."
Expression: "(dosage.dose.code | dosage.rate.ofType(Quantity).code | dosage.doseAndRate.dose.ofType(Quantity).code | dosage.doseAndRate.rate.ofType(Quantity).code | dosageInstruction.doseAndRate.dose.ofType(Quantity).code | dosageInstruction.doseAndRate.rate.ofType(Quantity).code).where($this.contains('/kg')).exists() implies extension.where(url = 'https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/normalization-basis').value.ofType(CodeableConcept).coding.where(system = 'http://snomed.info/sct' and code = '363804004').exists()"
Severity: #error
