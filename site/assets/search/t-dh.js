window.polcatSearch("t-dh",  {"dhcp":[[4,"1"],[10,"1"]],"dhcp-client-in":[[10,"1"]],"dhcp-client-out":[[10,"1"]],"dhcp-out":[[4,"1"]]});
