Extension: ReducedToxicityConditioning
Id: reduced-toxicity-conditioning
Title: "Reduced-Toxicity Conditioning"
Description: """
Whether the conditioning was designed as reduced-toxicity (agents chosen for lower organ toxicity, such as
treosulfan or fludarabine/busulfan in place of busulfan/cyclophosphamide). A flag beside the intensity, not a
fourth intensity: most reduced-toxicity regimens are myeloablative by the CIBMTR operational definitions.
Counterpart: none in mCODE, PanCareSurPass, PedCan or the CIBMTR forms (which record only the intensity).
"""
Context: Procedure
* insert ProfileMetadata
* value[x] 1..1
* value[x] only boolean
