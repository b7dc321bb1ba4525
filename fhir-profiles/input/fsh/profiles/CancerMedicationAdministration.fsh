Profile: CancerMedicationAdministration
Parent: MedicationAdministration
Id: cancer-medication-administration
Title: "Cancer Medication Administration"
Description: """
One administration (or one continuous infusion) of a drug given for the leukaemia or its transplant,
with the dose as reported. A dose per m² or per kg keeps its normalised unit in `dosage.dose` and names
its normalization basis (body surface area or body weight); nothing is converted. When the absolute
amount is also known, it goes in the absolute-dose extension, the BSA or weight Observation it was
computed from is referenced in `supportingInformation`, and absolute dose = normalised dose × BSA (m²)
or × weight (kg) within ±1 % — a rule the server checks in code, because FHIRPath cannot resolve the
Observation offline. An administration with no reported dose has no `dosage`. Doses may be masses, international units
(asparaginase in IU/m²) or cell counts (CAR-T cells per kg); the absolute dose is the same kind of quantity.
This profile is used directly for anti-leukaemic chemotherapy outside a transplant (e.g. a
cyclophosphamide pre-phase, maintenance chemotherapy) and for supportive or GvHD-treatment drugs
(antivirals, rituximab for EBV, ruxolitinib, defibrotide); Immunotherapy Administration, CAR-T Cell
Administration, Transplant Drug Administration and Lymphodepletion Drug Administration specialise it.
"""
* insert ProfileMetadata
* obeys ball-hsct-2 and ball-hsct-3 and ball-hsct-4 and ball-hsct-5 and ball-hsct-6
* extension contains
    NormalizationBasis named normalizationBasis 0..1 MS and
    TreatmentIntent named treatmentIntent 0..1 MS
* extension[normalizationBasis] ^short = "Body surface area | body weight | fixed dose (required for a dose per m² or per kg)"
* status MS
* insert CancerDrugCoding
* subject MS
* subject only Reference(Patient)
* effective[x] MS
* effective[x] ^short = "When given: a date, or a period for an infusion over days"
* partOf MS
* partOf ^short = "The Procedure this dose belongs to (conditioning, GvHD prophylaxis, lymphodepletion)"
* reasonReference MS
* reasonReference ^short = "The condition treated (the B-ALL, or a complication)"
* supportingInformation MS
* supportingInformation only Reference(Observation)
* supportingInformation ^short = "The BSA or body weight a normalised dose was computed with"
* note MS
* dosage MS
* dosage.extension contains AbsoluteDose named absoluteDose 0..1 MS
* dosage.extension[absoluteDose] ^short = "Absolute amount given (mg, IU or total cells), only with a BSA or weight in supportingInformation"
* dosage.route MS
* dosage.dose MS
* dosage.dose ^short = "Dose as reported, e.g. 1.8 mg/m2, 10 mg/kg, 2500 [iU]/m2 or 1 10*6/kg (cells)"
* dosage.dose.value 1..1
* dosage.dose.system 1..1
* dosage.dose.system = $ucum (exactly)
* dosage.dose.code 1..1
* dosage.dose.code from DoseUnitsVS (required)
* dosage.rate[x] MS
* dosage.rate[x] only SimpleQuantity
* dosage.rate[x] ^short = "Infusion rate, e.g. 28 ug/d or 15 ug/m2/d"
* dosage.rateQuantity.value 1..1
* dosage.rateQuantity.system 1..1
* dosage.rateQuantity.system = $ucum (exactly)
* dosage.rateQuantity.code 1..1
* dosage.rateQuantity.code from DoseRateUnitsVS (required)
