// Rules shared by the medication profiles (administration, request, statement): the drug coded in RxNorm
// and/or ATC, one coding per terminology. Owned by the cellular-therapy / medications area.
RuleSet: CancerDrugCoding
* medication[x] MS
* medication[x] only CodeableConcept
* medicationCodeableConcept ^short = "The drug, as an RxNorm ingredient and/or an ATC code"
* medicationCodeableConcept.coding ^slicing.discriminator.type = #pattern
* medicationCodeableConcept.coding ^slicing.discriminator.path = "system"
* medicationCodeableConcept.coding ^slicing.rules = #open
* medicationCodeableConcept.coding ^slicing.description = "One coding per drug terminology; at least one of RxNorm or ATC (ball-hsct-5)."
* medicationCodeableConcept.coding contains
    rxnorm 0..1 MS and
    atc 0..1 MS
* medicationCodeableConcept.coding[rxnorm].system = $rxnorm
* medicationCodeableConcept.coding[rxnorm] from CancerDrugRxNormVS (extensible)
* medicationCodeableConcept.coding[rxnorm] ^short = "RxNorm ingredient (IN)"
* medicationCodeableConcept.coding[atc].system = $atc
* medicationCodeableConcept.coding[atc] from CancerDrugAtcVS (preferred)
* medicationCodeableConcept.coding[atc] ^short = "WHO ATC code"

// One Dosage element's doseAndRate in UCUM, with the guide's dose and rate unit sets ({path} = dosage or
// dosageInstruction).
RuleSet: UcumDoseAndRate(path)
* {path}.doseAndRate MS
* {path}.doseAndRate.dose[x] MS
* {path}.doseAndRate.dose[x] only SimpleQuantity
* {path}.doseAndRate.dose[x] ^short = "Dose as prescribed or taken, e.g. 75 mg/m2 or 140 mg"
* {path}.doseAndRate.doseQuantity.value 1..1
* {path}.doseAndRate.doseQuantity.system 1..1
* {path}.doseAndRate.doseQuantity.system = $ucum (exactly)
* {path}.doseAndRate.doseQuantity.code 1..1
* {path}.doseAndRate.doseQuantity.code from DoseUnitsVS (required)
* {path}.doseAndRate.rate[x] only SimpleQuantity
* {path}.doseAndRate.rateQuantity.value 1..1
* {path}.doseAndRate.rateQuantity.system 1..1
* {path}.doseAndRate.rateQuantity.system = $ucum (exactly)
* {path}.doseAndRate.rateQuantity.code 1..1
* {path}.doseAndRate.rateQuantity.code from DoseRateUnitsVS (required)
* {path}.timing MS
* {path}.route MS
