Profile: CancerMedicationRequest
Parent: MedicationRequest
Id: cancer-medication-request
Title: "Cancer Medication Request"
Description: """
A prescription of a drug for the leukaemia or its transplant, in particular oral and maintenance therapy
given at home, where single administrations are not recorded: a tyrosine kinase inhibitor after HSCT
(imatinib, dasatinib, ponatinib), mercaptopurine and methotrexate maintenance, ruxolitinib for GvHD,
letermovir prophylaxis. Same drug coding as the administration profiles (RxNorm and/or ATC); the dose in
`dosageInstruction.doseAndRate` in UCUM units of the same value sets, with the normalization basis when
per m² or per kg (ball-hsct-2, ball-hsct-3); the condition treated in `reasonReference`.
"""
* insert ProfileMetadata
* obeys ball-hsct-2 and ball-hsct-3 and ball-hsct-5
* extension contains
    NormalizationBasis named normalizationBasis 0..1 MS and
    TreatmentIntent named treatmentIntent 0..1 MS
* extension[normalizationBasis] ^short = "Body surface area | body weight | fixed dose (required for a dose per m² or per kg)"
* status MS
* intent MS
* insert CancerDrugCoding
* subject MS
* subject only Reference(Patient)
* authoredOn MS
* reasonReference MS
* reasonReference only Reference(Condition)
* reasonReference ^short = "The condition treated (the B-ALL, GvHD, a CMV reactivation …)"
* supportingInformation MS
* supportingInformation ^short = "The BSA or body weight a normalised dose was computed with"
* note MS
* dosageInstruction MS
* insert UcumDoseAndRate(dosageInstruction)
