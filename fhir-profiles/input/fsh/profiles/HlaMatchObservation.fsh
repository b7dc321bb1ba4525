Profile: HlaMatchObservation
Parent: Observation
Id: hla-match-observation
Title: "HLA Donor Match Observation"
Description: """
How well a donor matches the patient at HLA: matched or mismatched (LOINC 96061-7, as in the PedCan draft), and,
where typed at allele level, the count of matched alleles out of those compared (x/8, x/10, x/12), the
mismatched loci and the direction of the mismatch. A haploidentical donor is HLA-mismatched. The focus is the
donor: a related donor (RelatedPerson) or, for an unrelated donor or cord-blood unit, the graft that carries its
registry identifiers.
"""
* insert ProfileMetadata
* insert PatientObservation
* insert LaboratoryCategory
* obeys ball-hsct-26 and ball-hsct-27
* code = $loinc#96061-7 "HLA donor match status [Type]"
* code MS
* focus 1..1 MS
* focus only Reference(RelatedPerson or BiologicallyDerivedProduct)
* focus ^short = "The donor compared with the patient (related donor, or the graft of an unrelated donor or cord-blood unit)"
* value[x] 1..1 MS
* value[x] only CodeableConcept
* valueCodeableConcept from HlaMatchStatusVS (required)
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #open
* component ^slicing.description = "Allele-level match count, mismatched loci and mismatch direction."
* component contains
    allelesMatched 0..1 MS and
    allelesCompared 0..1 MS and
    mismatchedLocus 0..* MS and
    mismatchDirection 0..1 MS
* component[allelesMatched] ^short = "Matched alleles (the x of x/8, x/10, x/12)"
* component[allelesMatched].code = $local#hla-alleles-matched "HLA alleles matched"
* component[allelesMatched].value[x] 1..1
* component[allelesMatched].value[x] only integer
* component[allelesCompared] ^short = "Alleles compared: 8 (A, B, C, DRB1), 10 (+ DQB1) or 12 (+ DPB1)"
* component[allelesCompared].code = $local#hla-alleles-compared "HLA alleles compared"
* component[allelesCompared].value[x] 1..1
* component[allelesCompared].value[x] only integer
* component[mismatchedLocus] ^short = "A locus with an allele mismatch (one component per locus)"
* component[mismatchedLocus].code = $local#hla-mismatched-locus "HLA mismatched locus"
* component[mismatchedLocus].value[x] 1..1
* component[mismatchedLocus].value[x] only CodeableConcept
* component[mismatchedLocus].valueCodeableConcept from HlaLocusVS (required)
* component[mismatchDirection] ^short = "Graft-versus-host only | host-versus-graft only | bidirectional"
* component[mismatchDirection].code = $local#hla-mismatch-direction "HLA mismatch direction"
* component[mismatchDirection].value[x] 1..1
* component[mismatchDirection].value[x] only CodeableConcept
* component[mismatchDirection].valueCodeableConcept from HlaMismatchDirectionVS (required)
