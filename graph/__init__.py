"""diplograph's graph stage: fuse, store, query, analyse and draw the extracted facts."""
