ValueSet: AstctGradeVS
Id: astct-grade-vs
Title: "ASTCT CRS and ICANS Grade"
Description: "Grades 1 to 4 of cytokine release syndrome and of immune effector cell-associated neurotoxicity syndrome under the ASTCT consensus grading (Lee et al., Biol Blood Marrow Transplant 2019). Local codes: no verified NCI Thesaurus or SNOMED CT code was found for these grades. A death from CRS or ICANS is recorded as AdverseEvent.outcome fatal with the last grade reached."
* insert ArtifactMetadata
* ^copyright = "CC0-1.0. Local codes of this guide; the grading criteria are those of the ASTCT consensus (Lee et al. 2019)."
* $local#astct-grade-1 "ASTCT grade 1"
* $local#astct-grade-2 "ASTCT grade 2"
* $local#astct-grade-3 "ASTCT grade 3"
* $local#astct-grade-4 "ASTCT grade 4"
