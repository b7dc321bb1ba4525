Profile: BAllCondition
Parent: Condition
Id: ball-condition
Title: "B-ALL Condition"
Description: """
The patient's B-cell acute lymphoblastic leukaemia, one record for the whole course of the disease
(the mCODE pattern): coded in SNOMED CT and ICD-10, with its ICD-O-3 morphology and the involved site
(usually bone marrow). `clinicalStatus` holds the current state (active, relapse, remission); each
relapse, refractory state and remission over time is a Disease Status Observation whose focus is this
Condition. Cytogenetic and immunophenotypic findings at diagnosis are linked as evidence.
"""
* insert ProfileMetadata
* insert PatientCondition
* extension contains HistologyMorphologyBehavior named histologyMorphologyBehavior 1..1 MS
* extension[histologyMorphologyBehavior] ^short = "ICD-O-3 morphology (9811/3)"
* clinicalStatus ^short = "Current state: active | relapse | remission (history in Disease Status Observations)"
* code 1..1 MS
* code from BAllDiagnosisVS (extensible)
* code ^short = "B-ALL: SNOMED CT 277571004 and ICD-10 C91.0"
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
* code.coding[icd10] ^short = "WHO ICD-10 (C91.0)"
* code.coding[icd10cm].system = $icd10cm
* code.coding[icd10cm] ^short = "ICD-10-CM, US systems only (C91.00 / C91.01 / C91.02)"
* bodySite MS
* bodySite from BAllBodySiteVS (extensible)
* bodySite ^short = "Involved site: bone marrow (SNOMED CT 14016003 or ICD-O-3 C42.1)"
* onset[x] ^short = "Date of diagnosis"
* evidence MS
* evidence.detail MS
* evidence.detail only Reference(KaryotypeObservation or MolecularScreenObservation or ImmunophenotypeObservation or MarrowBlastObservation)
* evidence.detail ^short = "Diagnostic findings: karyotype, molecular screen, immunophenotype, marrow blasts"
