Profile: CancerMedicationStatement
Parent: MedicationStatement
Id: cancer-medication-statement
Title: "Cancer Medication Statement"
Description: """
A statement that the patient takes, took or did not take a drug for the leukaemia or its transplant over
a period, as reported (by the patient, a letter or a registry form) rather than administered in hospital:
oral maintenance chemotherapy, a tyrosine kinase inhibitor after HSCT, oral ruxolitinib or steroids for
GvHD. Same drug coding as the administration profiles (RxNorm and/or ATC); the dose in
`dosage.doseAndRate` in UCUM units of the same value sets, with the normalization basis when per m² or per
kg (ball-hsct-2, ball-hsct-3); the condition treated in `reasonReference`.
"""
* insert ProfileMetadata
* obeys ball-hsct-2 and ball-hsct-3 and ball-hsct-5
* extension contains
    NormalizationBasis named normalizationBasis 0..1 MS and
    TreatmentIntent named treatmentIntent 0..1 MS
* extension[normalizationBasis] ^short = "Body surface area | body weight | fixed dose (required for a dose per m² or per kg)"
* status MS
* insert CancerDrugCoding
* subject MS
* subject only Reference(Patient)
* effective[x] MS
* effective[x] ^short = "When the drug was taken: a period (start, and end when stopped)"
* dateAsserted MS
* reasonReference MS
* reasonReference only Reference(Condition)
* reasonReference ^short = "The condition treated (the B-ALL, GvHD, a CMV reactivation …)"
* note MS
* dosage MS
* insert UcumDoseAndRate(dosage)
