window.polcatSearch("d/network-sets/staging",  []);
