ValueSet: CtcaeTermVS
Id: ctcae-term-vs
Title: "CTCAE Term"
Description: "CTCAE version 5.0 adverse-event terms (NCI Thesaurus codes) seen after leukaemia therapy and transplant. The full CTCAE term list may be used."
* insert ArtifactMetadata
* ^copyright = "Includes NCI Thesaurus content (U.S. National Cancer Institute, CC BY 4.0)."
* $ncit#C143704 "Neutrophil count decreased"
* $ncit#C143764 "Platelet count decreased"
* $ncit#C143481 "Febrile neutropenia"
* $ncit#C143205 "Sinusoidal obstruction syndrome"
