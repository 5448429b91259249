"""Coding one article: NLP, actors, events, dates and places (work in progress)."""

from __future__ import annotations

from communique.model import Article, ArticleResult


def code_article(article: Article) -> ArticleResult:
    """Every actor and event of one article."""
    return ArticleResult(article=article)
