window.polcatSearch("t-vx",  {"vxlan":[[3,"1"]],"vxlan-in":[[3,"1"]],"vxlan-out":[[3,"1"]]});
