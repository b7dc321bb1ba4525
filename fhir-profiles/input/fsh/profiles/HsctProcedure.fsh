Profile: HsctProcedure
Parent: Procedure
Id: hsct-procedure
Title: "HSCT Procedure"
Description: """
One haematopoietic stem cell transplant, autologous or allogeneic from any donor type, dated on its day 0 (the
day of infusion), with the donor type, the donor (a related donor; an unrelated donor or cord-blood unit is
identified on the graft), the graft, its number in the patient's transplant history, the conditioning intensity
and reduced-toxicity flag, and the disease status at transplant. Conditioning and GvHD prophylaxis are separate
Procedures that are part of this one; engraftment and chimerism results point to it. Structure follows
PanCareSurPass (category 77465005) and the PedCan stem-cell-transplant profile.
"""
* insert ProfileMetadata
* insert PatientProcedure
* obeys ball-hsct-8 and ball-hsct-20 and ball-hsct-21 and ball-hsct-22 and ball-hsct-23 and ball-hsct-24
* extension contains
    Donor named donor 0..1 MS and
    DonorType named donorType 1..1 MS and
    TransplantNumber named transplantNumber 1..1 MS and
    ConditioningIntensity named conditioningIntensity 0..1 MS and
    ReducedToxicityConditioning named reducedToxicity 0..1 MS and
    Graft named graft 0..* MS and
    DiseaseStatusAtTransplant named diseaseStatusAtTransplant 0..1 MS and
    TreatmentIntent named treatmentIntent 0..1 MS
* extension[donor] ^short = "The related donor (father, sibling, …); required for related donor types (ball-hsct-21), absent for autologous"
* extension[donorType] ^short = "Autologous | HLA-identical sibling | haploidentical | matched unrelated | cord blood | …"
* extension[transplantNumber] ^short = "1 for the first transplant, 2 for the second, …"
* extension[conditioningIntensity] ^short = "Myeloablative | reduced-intensity | non-myeloablative"
* extension[reducedToxicity] ^short = "True when the regimen was designed as reduced-toxicity"
* extension[graft] ^short = "The stem cell product infused (two for a double cord-blood transplant)"
* extension[diseaseStatusAtTransplant] ^short = "The disease status assessment at transplant (e.g. CR2, MRD-negative)"
* category 1..1 MS
* category = $sct#77465005 "Transplantation"
* code 1..1 MS
* code ^short = "Haematopoietic stem cell transplant (SNOMED CT 234336002), optionally with a local code for autologous, allogeneic or haploidentical"
* code.coding ^slicing.discriminator.type = #pattern
* code.coding ^slicing.discriminator.path = "$this"
* code.coding ^slicing.rules = #open
* code.coding ^slicing.description = "The SNOMED CT transplant code, and local codes that say autologous, allogeneic or haploidentical allogeneic (no SNOMED CT International code was verified for them)."
* code.coding contains
    hsct 1..1 MS and
    autologous 0..1 MS and
    allogeneic 0..1 MS and
    haploAllo 0..1 MS
* code.coding[hsct] = $sct#234336002 "Hemopoietic stem cell transplant (procedure)"
* code.coding[autologous] = $local#autologous-hsct "Autologous hematopoietic stem cell transplantation"
* code.coding[allogeneic] = $local#allogeneic-hsct "Allogeneic hematopoietic stem cell transplantation"
* code.coding[haploAllo] = $local#haplo-allo-hsct "Allogeneic haploidentical hematopoietic stem cell transplantation"
* performed[x] 1..1 MS
* performed[x] only dateTime
* performed[x] ^short = "Day 0: the date the graft was infused"
* reasonReference 1..* MS
* reasonReference only Reference(Condition)
* reasonReference ^short = "The leukaemia being treated"
* outcome MS
* complication MS
