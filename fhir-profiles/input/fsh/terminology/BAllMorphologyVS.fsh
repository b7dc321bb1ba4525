ValueSet: BAllMorphologyVS
Id: ball-morphology-vs
Title: "B-ALL Morphology (ICD-O-3)"
Description: """
Histology and behaviour of B lymphoblastic leukaemia/lymphoma, as the five-character ICD-O-3 morphology
code (`9811/3`; no sixth grade/immunophenotype digit in this guide). The hyperdiploid subtype is carried by
a local code until its ICD-O-3 number (candidate 9815/3) is confirmed against the ICD-O-3 publications;
SEER rules give the specific subtype priority over 9811/3 once it is confirmed. Pre-2010 codes
(9835/3, 9836/3) are deliberately absent.
"""
* insert ArtifactMetadata
* ^copyright = "Includes ICD-O-3 morphology codes (copyright World Health Organization) and local codes of this guide (CC0-1.0)."
* $icdo3#9811/3 "B lymphoblastic leukemia/lymphoma, NOS"
* $local#b-lbl-hyperdiploid "B lymphoblastic leukemia/lymphoma with hyperdiploidy (ICD-O-3 code number unconfirmed)"
