window.polcatSearch("d/network-sets/prod-v6",  []);
