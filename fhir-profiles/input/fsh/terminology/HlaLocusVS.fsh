ValueSet: HlaLocusVS
Id: hla-locus-vs
Title: "HLA Locus"
Description: "HLA loci compared for an allele-level donor match (8/8: A, B, C, DRB1; 10/10: + DQB1; 12/12: + DPB1)."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#hla-a "HLA-A"
* $local#hla-b "HLA-B"
* $local#hla-c "HLA-C"
* $local#hla-drb1 "HLA-DRB1"
* $local#hla-dqb1 "HLA-DQB1"
* $local#hla-dpb1 "HLA-DPB1"
