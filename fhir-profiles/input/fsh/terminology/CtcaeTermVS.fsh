ValueSet: CtcaeTermVS
Id: ctcae-term-vs
Title: "CTCAE Term"
Description: "CTCAE version 5.0 adverse-event terms (NCI Thesaurus codes) seen after leukaemia therapy and transplant, and the two immune effector cell toxicities graded by ASTCT instead of CTCAE: cytokine release syndrome and ICANS (local codes; no NCI Thesaurus code for them was verified). The full CTCAE term list may be used."
* insert ArtifactMetadata
* ^copyright = "Includes NCI Thesaurus content (U.S. National Cancer Institute, CC BY 4.0). Local codes: CC0-1.0."
* $ncit#C143704 "Neutrophil count decreased"
* $ncit#C143764 "Platelet count decreased"
* $ncit#C143481 "Febrile neutropenia"
* $ncit#C143205 "Sinusoidal obstruction syndrome"
* $local#cytokine-release-syndrome "Cytokine release syndrome"
* $local#icans "Immune effector cell-associated neurotoxicity syndrome"
