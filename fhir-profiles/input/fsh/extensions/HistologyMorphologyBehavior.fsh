Extension: HistologyMorphologyBehavior
Id: histology-morphology-behavior
Title: "Histology-Morphology-Behavior"
Description: """
Histology and behaviour of the leukaemia as an ICD-O-3 morphology code: 9811/3 (NOS) or the genetic subtype
9812/3–9819/3. Counterpart: mCODE `mcode-histology-morphology-behavior` (extensible SNOMED/ICD-O-3
binding); PanCareSurPass binds ICD-O-3 morphology as required, as this guide does.
"""
Context: Condition
* insert ProfileMetadata
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from BAllMorphologyVS (required)
