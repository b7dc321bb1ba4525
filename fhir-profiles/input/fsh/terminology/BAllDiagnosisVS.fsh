ValueSet: BAllDiagnosisVS
Id: ball-diagnosis-vs
Title: "B-ALL Diagnosis"
Description: """
Codes that identify B-cell acute lymphoblastic leukaemia as a diagnosis, and nothing broader: SNOMED CT
277571004. A Condition coded with a member of this set is a B-ALL and is held to the B-ALL Condition profile.
ICD-10 C91.0 and ICD-10-CM C91.0x are deliberately not members: they mean acute lymphoblastic leukaemia of
either lineage (T-ALL included), so they go in the Condition's ICD-10 codings (ALL ICD-10 value set) next to
the SNOMED CT code. The genetic subtype is carried by the ICD-O-3 morphology and Genetic Finding
Observations, not by further diagnosis codes.
"""
* insert ArtifactMetadata
* insert SnomedCopyright
* $sct#277571004 "B-cell acute lymphoblastic leukemia (disorder)"
