Extension: AstctGrade
Id: astct-grade
Title: "ASTCT Grade"
Description: "Grade 1–4 of cytokine release syndrome or immune effector cell-associated neurotoxicity syndrome (ICANS) under the ASTCT consensus grading (Lee et al. 2019), which replaces the CTCAE grade for these two toxicities of CAR-T and other immune effector cell therapies. An adverse event carries either this grade or a CTCAE grade, never both (invariant ball-hsct-30), and this one only for CRS or ICANS (ball-hsct-31). Counterpart: none in mCODE, PanCareSurPass or the CIBMTR reporting IG (CIBMTR form 4006 records the ASTCT grade as a form field)."
Context: AdverseEvent
* insert ProfileMetadata
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from AstctGradeVS (required)
