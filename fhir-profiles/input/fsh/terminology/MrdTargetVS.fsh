ValueSet: MrdTargetVS
Id: mrd-target-vs
Title: "MRD Target"
Description: "What an MRD assay followed: the leukaemia-associated immunophenotype (flow cytometry), a fusion transcript (BCR::ABL1, KMT2A, ETV6::RUNX1, TCF3::PBX1 fusions) or clonal IG/TR rearrangements."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#leukaemia-associated-immunophenotype "Leukaemia-associated immunophenotype"
* $local#ig-tr-rearrangement "Clonal IG/TR gene rearrangement"
* $local#bcr-abl1 "BCR::ABL1 fusion"
* $local#kmt2a-r "KMT2A rearrangement"
* $local#etv6-runx1 "ETV6::RUNX1 fusion"
* $local#tcf3-pbx1 "TCF3::PBX1 fusion"
