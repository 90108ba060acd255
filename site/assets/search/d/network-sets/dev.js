window.polcatSearch("d/network-sets/dev",  []);
