Profile: GeneticFindingObservation
Parent: Observation
Id: genetic-finding-observation
Title: "Leukaemia Genetic Finding"
Description: """
One genetic abnormality of the leukaemia that a test looked for, and whether it was found: a fusion
(BCR::ABL1, ETV6::RUNX1, TCF3::PBX1, …), a rearrangement (KMT2A, …), a ploidy group (high hyperdiploidy,
hypodiploidy), a copy-number change (iAMP21, IKZF1 deletion) or the BCR::ABL1-like signature. The subtype is
a coded component, the genes involved are gene-studied components with HGNC codes, the method says how
(karyotype, FISH, RT-PCR, sequencing) and the value is Present, Absent or No call. It follows the
genomics-reporting Variant pattern (LOINC 69548-6 with 48018-6 and 81291-7 components, CIBMTR reporting IG)
without depending on it, and may be the evidence of the B-ALL Condition. A negative result (Absent) is a
pertinent negative, e.g. "BCR::ABL1 not detected by RT-PCR".
"""
* insert ProfileMetadata
* insert DiseaseLabResult
* obeys ball-hsct-10
* code = $loinc#69548-6 "Genetic variant assessment"
* code MS
* value[x] 1..1 MS
* value[x] only CodeableConcept
* valueCodeableConcept from GeneticFindingResultVS (required)
* valueCodeableConcept ^short = "Present | Absent | No call | Indeterminate"
* method MS
* method from GeneticTestMethodVS (extensible)
* method ^short = "Karyotyping | FISH | PCR | RT-PCR | Sequencing"
* component MS
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #open
* component ^slicing.description = "Slice on component.code."
* component contains
    subtype 0..1 MS and
    geneStudied 0..* MS and
    cytogenomicNomenclature 0..1
* component[subtype] ^short = "The B-ALL genetic subtype tested for"
* component[subtype].code = $local#ball-genetic-subtype "B-ALL genetic subtype"
* component[subtype].value[x] 1..1
* component[subtype].value[x] only CodeableConcept
* component[subtype].valueCodeableConcept from BAllGeneticSubtypeVS (extensible)
* component[geneStudied] ^short = "A gene involved (HGNC code, symbol as display); one per fusion partner"
* component[geneStudied].code = $loinc#48018-6 "Gene studied [ID]"
* component[geneStudied].value[x] 1..1
* component[geneStudied].value[x] only CodeableConcept
* component[cytogenomicNomenclature] ^short = "The abnormality in ISCN, e.g. t(9;22)(q34.1;q11.2)"
* component[cytogenomicNomenclature].code = $loinc#81291-7 "Variant ISCN"
* component[cytogenomicNomenclature].value[x] 1..1
* component[cytogenomicNomenclature].value[x] only CodeableConcept
