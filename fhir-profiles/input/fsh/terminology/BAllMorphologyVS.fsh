ValueSet: BAllMorphologyVS
Id: ball-morphology-vs
Title: "B-ALL Morphology (ICD-O-3)"
Description: """
Histology and behaviour of B lymphoblastic leukaemia/lymphoma, as the five-character ICD-O-3 morphology
code (`9811/3`; no sixth grade/immunophenotype digit in this guide): NOS (9811/3), the genetic subtypes of
ICD-O-3.1 (9812/3 BCR::ABL1, 9813/3 KMT2A-rearranged, 9814/3 ETV6::RUNX1, 9815/3 hyperdiploidy, 9816/3
hypodiploidy, 9817/3 IL3::IGH, 9818/3 TCF3::PBX1) and the BCR::ABL1-like subtype of ICD-O-3.2 (9819/3).
SEER rules give 9812/3–9819/3 priority over 9811/3 and 9812/3 priority over the others. iAMP21 and the
newer WHO-HAEM5 / ICC 2022 subtypes (DUX4, ZNF384, MEF2D, PAX5 …) have no confirmed code of their own: they
stay 9811/3 with a Genetic Finding Observation as evidence. Pre-2010 codes (9835/3, 9836/3) are absent.
"""
* insert ArtifactMetadata
* ^copyright = "Includes ICD-O-3 morphology codes (copyright World Health Organization)."
* $icdo3#9811/3 "B lymphoblastic leukemia/lymphoma, NOS"
* $icdo3#9812/3 "B lymphoblastic leukemia/lymphoma with t(9;22)(q34;q11.2); BCR-ABL1"
* $icdo3#9813/3 "B lymphoblastic leukemia/lymphoma with t(v;11q23); MLL rearranged"
* $icdo3#9814/3 "B lymphoblastic leukemia/lymphoma with t(12;21)(p13;q22); TEL-AML1 (ETV6-RUNX1)"
* $icdo3#9815/3 "B lymphoblastic leukemia/lymphoma with hyperdiploidy"
* $icdo3#9816/3 "B lymphoblastic leukemia/lymphoma with hypodiploidy (Hypodiploid ALL)"
* $icdo3#9817/3 "B lymphoblastic leukemia/lymphoma with t(5;14)(q31;q32); IL3-IGH"
* $icdo3#9818/3 "B lymphoblastic leukemia/lymphoma with t(1;19)(q23;p13.3); E2A-PBX1 (TCF3-PBX1)"
* $icdo3#9819/3 "B lymphoblastic leukemia/lymphoma, BCR-ABL1-like"
