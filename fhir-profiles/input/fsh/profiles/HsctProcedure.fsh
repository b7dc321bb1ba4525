Profile: HsctProcedure
Parent: Procedure
Id: hsct-procedure
Title: "Allogeneic HSCT Procedure"
Description: """
One allogeneic haematopoietic stem cell transplant, dated on its day 0 (the day of infusion), with the
donor, donor type, graft, its number in the patient's transplant history and the conditioning intensity.
Conditioning and GvHD prophylaxis are separate Procedures that are part of this one; engraftment and
chimerism results point to it. Structure follows PanCareSurPass (category 77465005) and the PedCan
stem-cell-transplant profile.
"""
* insert ProfileMetadata
* insert PatientProcedure
* obeys ball-hsct-8
* extension contains
    Donor named donor 1..1 MS and
    DonorType named donorType 1..1 MS and
    TransplantNumber named transplantNumber 1..1 MS and
    ConditioningIntensity named conditioningIntensity 0..1 MS and
    Graft named graft 0..1 MS and
    TreatmentIntent named treatmentIntent 0..1 MS
* extension[donor] ^short = "The donor (father, mother, …)"
* extension[donorType] ^short = "Haploidentical | matched related | …"
* extension[transplantNumber] ^short = "1 for the first transplant, 2 for the second, …"
* extension[conditioningIntensity] ^short = "Myeloablative | reduced-intensity | reduced-toxicity | non-myeloablative"
* extension[graft] ^short = "The stem cell product infused"
* category 1..1 MS
* category = $sct#77465005 "Transplantation"
* code 1..1 MS
* code ^short = "Haematopoietic stem cell transplant (SNOMED CT 234336002), optionally with the local haploidentical code"
* code.coding ^slicing.discriminator.type = #pattern
* code.coding ^slicing.discriminator.path = "$this"
* code.coding ^slicing.rules = #open
* code.coding ^slicing.description = "The SNOMED CT transplant code, and the local code that says haploidentical allogeneic (no SNOMED CT International code found for it)."
* code.coding contains
    hsct 1..1 MS and
    haploAllo 0..1 MS
* code.coding[hsct] = $sct#234336002 "Hemopoietic stem cell transplant (procedure)"
* code.coding[haploAllo] = $local#haplo-allo-hsct "Allogeneic haploidentical hematopoietic stem cell transplantation"
* performed[x] 1..1 MS
* performed[x] only dateTime
* performed[x] ^short = "Day 0: the date the graft was infused"
* reasonReference 1..* MS
* reasonReference only Reference(BAllCondition)
* reasonReference ^short = "The leukaemia being treated"
* outcome MS
* complication MS
