"""The dashboard's built assets (static/), served by `communique.api`.

Built from frontend/ by `npm ci && npm run build`; committed, so no node is needed at run
time and the browser loads nothing from outside this package.
"""
