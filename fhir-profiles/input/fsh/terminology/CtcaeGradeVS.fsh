ValueSet: CtcaeGradeVS
Id: ctcae-grade-vs
Title: "CTCAE Grade"
Description: "Common Terminology Criteria for Adverse Events grades 1 to 5 as NCI Thesaurus concepts (the same codes as the HL7 terminology adverse-event grade value set)."
* insert ArtifactMetadata
* ^copyright = "Includes NCI Thesaurus content (U.S. National Cancer Institute, CC BY 4.0)."
* $ncit#C41338 "Grade 1 Mild Adverse Event"
* $ncit#C41339 "Grade 2 Moderate Adverse Event"
* $ncit#C41340 "Grade 3 Severe Adverse Event"
* $ncit#C41337 "Grade 4 Life Threatening or Disabling Adverse Event"
* $ncit#C48275 "Grade 5 Death Related to Adverse Event"
