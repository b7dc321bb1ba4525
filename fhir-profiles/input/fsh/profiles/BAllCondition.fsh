Profile: BAllCondition
Parent: Condition
Id: ball-condition
Title: "B-ALL Condition"
Description: """
The patient's B-cell acute lymphoblastic leukaemia, one record for the whole course of the disease
(the mCODE pattern): coded in SNOMED CT and ICD-10, with its ICD-O-3 morphology and the involved site
(usually bone marrow). The ICD-O-3 morphology carries the subtype where one has a code (9812/3–9819/3,
e.g. 9815/3 for a hyperdiploid leukaemia); every genetic finding, with or without such a code (iAMP21,
DUX4, IKZF1 deletion, …), is a Genetic Finding Observation linked as evidence. `clinicalStatus` holds the current state (active,
relapse, remission); each relapse, refractory state and remission over time is a Disease Status
Observation whose focus is this Condition. Karyotype, genetic findings, immunophenotype and marrow blasts at diagnosis are linked as evidence.
"""
* insert ProfileMetadata
* insert PatientCondition
* extension contains HistologyMorphologyBehavior named histologyMorphologyBehavior 1..1 MS
* extension[histologyMorphologyBehavior] ^short = "ICD-O-3 morphology: 9811/3 NOS or the subtype 9812/3–9819/3"
* clinicalStatus ^short = "Current state: active | relapse | remission (history in Disease Status Observations)"
* code 1..1 MS
* code from BAllDiagnosisVS (extensible)
* code ^short = "B-ALL: SNOMED CT 277571004, with ICD-10 C91.0 alongside"
* code.coding ^slicing.discriminator.type = #pattern
* code.coding ^slicing.discriminator.path = "system"
* code.coding ^slicing.rules = #open
* code.coding ^slicing.description = "One coding per classification; more may follow."
* code.coding contains
    snomed 1..1 MS and
    icd10 0..1 MS and
    icd10cm 0..1
* code.coding[snomed].system = $sct
* code.coding[snomed] ^short = "SNOMED CT diagnosis (277571004 B-cell acute lymphoblastic leukemia)"
* code.coding[icd10].system = $icd10
* code.coding[icd10] from AllIcd10VS (extensible)
* code.coding[icd10] ^short = "WHO ICD-10 (C91.0)"
* code.coding[icd10cm].system = $icd10cm
* code.coding[icd10cm] from AllIcd10VS (extensible)
* code.coding[icd10cm] ^short = "ICD-10-CM, US systems only (C91.00 / C91.01 / C91.02)"
* bodySite MS
* bodySite from BAllBodySiteVS (extensible)
* bodySite ^short = "Involved site: bone marrow (SNOMED CT 14016003 or ICD-O-3 C42.1)"
* onset[x] ^short = "Date of diagnosis"
* evidence MS
* evidence.detail MS
* evidence.detail only Reference(Observation)
* evidence.detail ^short = "Diagnostic findings: karyotype, genetic findings, molecular screen, immunophenotype, marrow blasts"
