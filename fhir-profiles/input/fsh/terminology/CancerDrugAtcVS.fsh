ValueSet: CancerDrugAtcVS
Id: cancer-drug-atc-vs
Title: "Cancer and Transplant Drugs (ATC)"
Description: "WHO ATC codes of the anti-leukaemic, conditioning and GvHD-prophylaxis drugs this guide covers. Tacrolimus is the systemic code L04AD02, never the topical D11AH01."
* insert ArtifactMetadata
* ^copyright = "ATC codes are maintained by the WHO Collaborating Centre for Drug Statistics Methodology; reuse of the ATC index is subject to WHOCC terms."
* $atc#L01FX07 "blinatumomab"
* $atc#L01FB01 "inotuzumab ozogamicin"
* $atc#L01AA01 "cyclophosphamide"
* $atc#L01BB05 "fludarabine"
* $atc#L01AB02 "treosulfan"
* $atc#L01AC01 "thiotepa"
* $atc#L01AB01 "busulfan"
* $atc#L04AD02 "tacrolimus"
* $atc#L04AA06 "mycophenolic acid"
