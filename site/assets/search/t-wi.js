window.polcatSearch("t-wi",  {"wireguard":[[3,"6"]],"wireguard-in-v4":[[3,"6"]],"wireguard-in-v6":[[3,"2"]],"wireguard-out-v4":[[3,"6"]],"wireguard-out-v6":[[3,"2"]]});
